/**
 * The fact base's shape. `src/data/report.ts` loads and validates a report in this shape;
 * the core only reads it. A second report in the same format loads by configuration.
 */
import type { Locale } from './types.js';

/** A string in both languages. */
export type Bilingual = Record<Locale, string>;

/** Word lists in both languages (topic words and synonyms). */
export type BilingualWords = Record<Locale, string[]>;

/**
 * A figure quoted in a fact, rendered in both languages.
 *
 * NOTE: `zh` appears verbatim in the fact's Chinese text and `en` verbatim in its English text;
 * both denote the same quantity (2772亿元 ↔ 277.2 billion yuan; 15.7万件 ↔ 157,000).
 */
export interface Figure {
  zh: string;
  en: string;
}

/** A heading of the article (or the introduction / the report's metadata). */
export interface Section {
  id: string;
  title: Bilingual;
  /** Two or three sentences shown for "tell me about this section". */
  summary: Bilingual;
  keywords: BilingualWords;
  /** Set on the districts' sections: the district's names, for the district intent. */
  district?: { names: BilingualWords };
}

/** A sentence or clause of the article: the unit of answering and of citation. */
export interface Fact {
  /** Stable id, e.g. `housing-03`; digests and feedback refer to it. */
  id: string;
  /** The id of its {@link Section}. */
  section: string;
  /** The article's own words. */
  zh: string;
  /** A faithful English translation. */
  en: string;
  figures: Figure[];
  /** Topic words and synonyms a question may use instead of the fact's own words. */
  keywords: BilingualWords;
  /** Facts that spell out what this one announces ("三个突出特点" → the three); answered together. */
  details?: string[];
  /**
   * The parts its figure counts only together, each by its names in both languages
   * (刑事治安警情: [["刑事", "criminal", …], ["治安警情", "public-order", …]]): a question about
   * some of them but not all is not answered by it.
   */
  together?: string[][];
}

/** Facts about the report itself (about-the-report intent). */
export interface ReportMeta {
  title: Bilingual;
  /** The article's headline. */
  headline: Bilingual;
  compiler: Bilingual;
  publisher: Bilingual;
  /** Where the article was published. */
  source: Bilingual;
  /** ISO date of the article, e.g. `2019-10-25`. */
  date: string;
  /** Local time of the article, `HH:MM`. */
  time: string;
  editor: Bilingual;
  /** Example questions shown in the welcome and in hints (optional). */
  examples?: BilingualWords;
  /** An example search word for `/search` hints (optional). */
  searchExample?: Bilingual;
}

/** A whole report: its metadata, sections and facts. */
export interface Report {
  id: string;
  meta: ReportMeta;
  sections: Section[];
  facts: Fact[];
  /**
   * Synonym groups across both languages (中小学 / 义务教育 / primary and secondary schools);
   * a question word matches a fact when any member of its group does.
   */
  lexicon: string[][];
}
