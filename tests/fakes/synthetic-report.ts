/**
 * Builds a report of any size in the fact-base format, so digest tests do not depend on one
 * report (the product must work for any report in the format).
 */
import type { Fact, Report, Section } from '../../src/core/index.js';

/** `sizes` maps a section id to its number of facts; facts get a figure unless `figures` is false. */
export function makeReport(sizes: Record<string, number>, options: { figures?: boolean } = {}): Report {
  const sections: Section[] = Object.keys(sizes).map((id) => ({
    id,
    title: { zh: `章节${id}`, en: `Section ${id}` },
    summary: { zh: `章节${id}的摘要。`, en: `Summary of section ${id}.` },
    keywords: { zh: [id], en: [id] },
  }));
  const facts: Fact[] = [];
  for (const [section, n] of Object.entries(sizes)) {
    for (let i = 1; i <= n; i++) {
      const value = 100 + i * 7;
      facts.push({
        id: `${section}-${String(i).padStart(2, '0')}`,
        section,
        zh: `${section}第${i}条:新增设施${value}个。`,
        en: `${section} fact ${i}: ${value} new facilities were added.`,
        figures: options.figures === false ? [] : [{ zh: `${value}个`, en: `${value}` }],
        keywords: { zh: ['设施'], en: ['facilities'] },
      });
    }
  }
  const b = (zh: string, en: string) => ({ zh, en });
  return {
    id: 'synthetic',
    meta: {
      title: b('《合成报告》', 'Synthetic Report'),
      headline: b('合成报告', 'Synthetic report'),
      compiler: b('测试', 'Test'),
      publisher: b('测试', 'Test'),
      source: b('测试', 'Test'),
      date: '2019-10-25',
      time: '10:00',
      editor: b('测试', 'Test'),
    },
    sections,
    facts,
    lexicon: [],
  };
}
