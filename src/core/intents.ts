/**
 * The intent table, matched before search. Each intent has patterns in both languages,
 * tried on the normalised message; the first match wins. Anything unmatched is a question.
 *
 * Where new intents go: add a name to {@link IntentName}, a row here, a handler in
 * `handle-message.ts`, and its strings in `locales/{zh,en}/translation.json`.
 */
import type { Report, Section } from './knowledge.js';
import { normalize } from './tokenize.js';
import type { Locale } from './types.js';

/** Intents the core recognises in free text (commands map onto the same names). */
export type IntentName = 'help' | 'greeting' | 'thanks' | 'topics' | 'section' | 'district' | 'fact' | 'about' | 'lang' | 'digest' | 'search';

/** A matched intent and what it carries. */
export interface IntentMatch {
  name: IntentName;
  /** The section for `section` / `district`. */
  section?: Section;
  /** The language asked for by `lang`. */
  locale?: Locale;
  /** The arguments for `digest` (`on 08:00`, `off`, ``). */
  args?: string;
}

const END = String.raw`[\s!！.。?？~～,，…]*$`;
const rx = (body: string) => new RegExp(body, 'u');

const TABLE: Array<{ name: IntentName; patterns: RegExp[] }> = [
  {
    name: 'help',
    patterns: [
      rx(`^(help|帮助|帮忙|菜单|menu|commands?|usage|使用说明|说明|怎么用|如何使用|用法|指令|命令|\\?|？)${END}`),
      rx(
        `^(你能做什么|你会什么|你可以做什么|能做什么|能干嘛|能干什么|你是谁|what can you do|what do you do|who are you|how do (i|you) use (this|you|this bot)|how does this work)${END}`,
      ),
    ],
  },
  {
    name: 'greeting',
    patterns: [
      rx(`^(hi|hello|hey|yo|hiya|good (morning|afternoon|evening)|你好|您好|嗨|哈喽|哈啰|早|早上好|晚上好|下午好|在吗|在不在|大家好)(呀|啊|bot)?${END}`),
    ],
  },
  {
    name: 'thanks',
    patterns: [
      rx(
        `^(thanks?( you)?( so much| a lot)?|thx|ty|cheers|great|nice|cool|ok|okay|got it|谢谢|谢了|多谢|感谢|谢谢你|辛苦了|好的|好|明白了|知道了|收到|厉害|不错|赞)(啊|呀|了)?${END}`,
      ),
    ],
  },
  {
    name: 'topics',
    patterns: [
      rx(`^(topics|sections|contents|table of contents|目录|话题|主题|板块|栏目|章节)${END}`),
      rx(
        `^(你)?(能|可以)?(聊|问)(哪些|什么)(话题|主题)${END}|^(有哪些|有什么|都有啥)(话题|主题)${END}|^(list|show)( me)?( the| all)? (topics|sections)${END}|^what (topics|sections) (are there|do you (cover|know))${END}|^what can i ask( about)?${END}`,
      ),
    ],
  },
  {
    name: 'fact',
    patterns: [
      rx(
        `^(fact|random|random fact|fact of the day|a fact|another( one)?|more|tell me something|surprise me|随机|随便来一条|来一条|再来一条|来个|冷知识|每日一条|今日一条|今天的事实|随机事实|随便说说|随便讲讲)${END}`,
      ),
      rx(`(随机|随便).{0,4}(一条|事实|数据|知识)|(random|interesting) (fact|figure|number)|fact of the day`),
    ],
  },
  {
    name: 'about',
    patterns: [
      rx(`^(about|about (the|this) report|关于|关于报告|关于这份报告|报告简介|报告介绍|这是什么报告|这份报告是什么|什么报告)${END}`),
      rx(
        `what('s| is) (this|the) (report|bot|book)( about)?${END}|^(summary|summarise|summarize|sum up|overview|gist|tl;?dr|the gist|give me the gist|(what's|what is) the big picture|the big picture|概要|摘要|简介|总结一下)${END}|(这|那)(本|份|个)?(报告|蓝皮书|书)(是什么|讲什么|讲的是什么|主要讲|是啥)|^(报告|蓝皮书)(主要)?(讲啥|讲什么|讲的啥|讲的是啥|说啥|说的啥|是讲啥)(的)?${END}|介绍一下(这份|这个)?(报告|蓝皮书)`,
      ),
    ],
  },
  {
    name: 'lang',
    patterns: [
      rx(
        `^(english|english please|in english|speak english|switch to english|reply in english|用英文|用英语|说英文|说英语|英文|英语|切换英文|切换到英文|切换成英文)${END}`,
      ),
      rx(`^(chinese|中文|汉语|说中文|用中文|切换中文|切换到中文|切换成中文|speak chinese|in chinese|switch to chinese|reply in chinese)${END}`),
    ],
  },
  {
    name: 'digest',
    patterns: [
      rx(`^(订阅|取消订阅|退订|subscribe|unsubscribe)(每日|每天)?(摘要|简报|推送|digest)?${END}`),
      rx(`^(daily digest|digest|每日摘要|每日推送|每日简报)( (on|off|status))?${END}`),
    ],
  },
];

const SECTION_FILLER =
  /^(讲讲|说说|介绍一下|介绍|谈谈|聊聊|看看|关于|概述|总结|摘要|tell me about|what about|summary of|summarise|summarize|overview of|about|show)\s*|\s*(怎么样|如何|的情况|情况|的内容|内容|概述|部分|板块|这一块|这块|summary|overview|section)$/g;
/** Chat words around a district's name that ask nothing more specific than "what did it do". */
const DISTRICT_FILLER_ZH =
  /(有什么|有啥|有哪些|有没有|做了些|做了|干了|搞了|弄了|推出|推了|推的|什么|啥|哪些|新探索|探索|创新|做法|经验|举措|社会治理|治理|模式|亮点|特色|特点|新招|招数|高招|妙招|重点|主要|方面|领域|工作|成效|成绩|不一样|独特|出彩|怎么做|怎么搞|咋搞|咋做|怎么样|咋样|如何|情况|思路|办法|抓手|讲讲|说说|谈谈|聊聊|介绍|一下|那边|这边|那个|这个|典型|案例|故事|是|在|上|些|做|搞|干)/g;
const DISTRICT_FILLER_EN =
  /\b(initiatives?|what|what's|whats|how|did|does|do|doing|done|has|have|had|been|is|are|was|were|tried|try|trying|its|the|a|an|in|on|at|of|to|for|from|with|by|so far|lately|recently|up|about|tell me|tell|me|social governance|governance|new|approach(es)?|models?|pilots?|story|known|special|highlights?|key|focus|main|achievements?|achieved?|strateg(y|ies)|ideas?|innovations?|innovative|unique|stands? out|standout|handles?|handled|work(s|ing)?|famous|notable|distinctive|things?|anything|something|any|district|there|going on|like|s)\b/g;

/**
 * Finds the intent of a message, or `search` when it is a question.
 *
 * @example matchIntent('有哪些话题?', report).name // 'topics'
 */
export function matchIntent(text: string, report: Report): IntentMatch {
  const t = normalize(text).trim();
  for (const row of TABLE) {
    if (!row.patterns.some((p) => p.test(t))) continue;
    if (row.name === 'lang') return { name: 'lang', locale: /english|英/.test(t) ? 'en' : 'zh' };
    if (row.name === 'digest') return { name: 'digest', args: digestArgs(t) };
    return { name: row.name };
  }
  const district = matchDistrict(t, report);
  if (district) return { name: 'district', section: district };
  const section = matchSection(t, report);
  if (section) return { name: 'section', section };
  return { name: 'search' };
}

function digestArgs(t: string): string {
  if (/取消|退订|unsubscribe|\boff\b/.test(t)) return 'off';
  if (/status/.test(t)) return '';
  if (/订阅|subscribe|\bon\b/.test(t)) return 'on';
  return '';
}

/** Normalised names of a report's districts and sections, computed once per report. */
interface Names {
  districts: Array<{ section: Section; names: string[] }>;
  sections: Array<{ section: Section; names: string[] }>;
}

const namesCache = new WeakMap<Report, Names>();

function namesOf(report: Report): Names {
  let names = namesCache.get(report);
  if (!names) {
    const clean = (n: string) =>
      normalize(n)
        .replace(/[\p{P}\p{S}]+/gu, ' ')
        .trim();
    names = {
      districts: report.sections
        .filter((s) => s.district)
        .map((section) => ({
          section,
          names: [...(section.district?.names.zh ?? []), ...(section.district?.names.en ?? [])].map((n) => normalize(n)).sort((a, b) => b.length - a.length),
        })),
      sections: report.sections.map((section) => ({
        section,
        names: [section.title.zh, section.title.en, ...section.keywords.zh.slice(0, 2), ...section.keywords.en.slice(0, 2)].map(clean),
      })),
    };
    namesCache.set(report, names);
  }
  return names;
}

/** A district named with nothing more specific than "what did it do" → that district's section. */
function matchDistrict(t: string, report: Report): Section | undefined {
  for (const { section, names: all } of namesOf(report).districts) {
    const name = all.find((n) => t.includes(n));
    if (!name) continue;
    const rest = t
      .split(name)
      .join(' ')
      .replace(DISTRICT_FILLER_ZH, ' ')
      .replace(DISTRICT_FILLER_EN, ' ')
      .replace(/[\s\p{P}\p{S}的了吗呢啊呀区]+/gu, '');
    if (rest.length === 0) return section;
  }
  return undefined;
}

/** The whole message names a section ("住房保障", "tell me about housing"). */
function matchSection(t: string, report: Report): Section | undefined {
  const core = t
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(SECTION_FILLER, '')
    .trim();
  if (!core) return undefined;
  for (const { section, names } of namesOf(report).sections) if (names.includes(core)) return section;
  return undefined;
}
