import type { NonBodyKind, NonBodySpan } from '../types';
import type { Line } from './lines';
import { type Rule, firstMatch } from './rules';

/**
 * Where the speech starts and ends. A report copied from a web page carries the
 * site's header (title, 时间/作者/阅读/评论 …), an excerpt (内容摘要) and, after the
 * speech, navigation and tag lists (分享到, 上一篇, 相关文章 …); a printed copy may add a
 * glossary (【名词解释】) or footnotes after the closing call. None of that is the report.
 *
 * The body starts at the speech's header (title, the date line …在…人民代表大会…, the
 * speaker) or its greeting (各位代表), and ends at the closing call: the last 各位代表
 * paragraph after the outline began. What follows the closing call and is recognised as a
 * glossary, footnotes or a page's navigation is kept as a marked span outside the body;
 * lines no rule recognises stay in the body (we drop only what we recognise).
 */

/** A line of the speech's header, between the page's boilerplate and the greeting. */
export const HEADER_LINE_RULES: readonly Rule<string, string>[] = [
  // 2023年政府工作报告, 政府工作报告, 2021年涞源县政府工作报告
  { name: 'title', apply: (t) => (t.length <= 40 && /政府工作报告/.test(t) ? t : null) },
  // 2021年2月5日在县十六届人民代表大会第五次会议上; —— 2022年1月27日在…; 第五次会议上 (wrapped)
  {
    name: 'session-line',
    apply: (t) => (t.length <= 70 && /(?:人民代表大会|会议上$|^第.{1,3}次会议)/.test(t) ? t : null),
  },
  // 涞源县人民政府县长 周 峰; 徐水县人民政府代县长; 缙云县人民政府县长
  {
    name: 'speaker',
    apply: (t) => (t.length <= 30 && /(?:人民政府|政府)?(?:代理?)?(?:县|区|市|旗)长/.test(t) ? t : null),
  },
  // 李保森: the speaker's name on a line of its own
  { name: 'speaker-name', apply: (t) => (/^[\u4e00-\u9fff?？\s]{2,6}$/.test(t) && !/代表/.test(t) ? t : null) },
  // 索引号: …  发布机构: …  发布时间: …; 文号: (an official publication's own fields)
  {
    name: 'publication-field',
    apply: (t) =>
      t.length <= 120 && /^(?:索引号|发布机构|发布时间|文号|成文日期|主题分类|发文机关)\s*[:：]/.test(t) ? t : null,
  },
  // A line of spaces the copy kept.
  { name: 'blank', apply: (t) => (/^[\s\u00a0\u3000]*$/.test(t) ? t : null) },
];

/** A line of a web page's own header, which no report has: where the body cannot start before. */
export const PAGE_HEADER_RULES: readonly Rule<string, NonBodyKind>[] = [
  { name: 'excerpt-label', apply: (t) => (/^(?:内容摘要|内容提要|摘要)\s*[:：]?$/.test(t) ? 'EXCERPT' : null) },
  {
    name: 'page-field',
    apply: (t) => (/^(?:时间|作者|来源|阅读|评论|浏览|点击|字号|编辑|责任编辑)\s*[:：]/.test(t) ? 'PAGE' : null),
  },
];

/** The first line of a page's navigation or tag lists, after the speech. */
export const NAVIGATION_MARKERS =
  /^(?:分享到|上一篇|下一篇|相关文章|相关阅读|本栏最新|本栏推荐|阅读排行|热门文章|标签云|标签[:：]|打印本页|关闭窗口|【打印】|【关闭】|扫一扫|返回顶部)/;

/** What can follow the closing call and is not the report. */
export const TRAILER_RULES: readonly Rule<string, NonBodyKind>[] = [
  { name: 'navigation', apply: (t) => (NAVIGATION_MARKERS.test(t) ? 'PAGE' : null) },
  {
    name: 'glossary-heading',
    apply: (t) =>
      /^[【[［]?\s*(?:名词解释|名词注释|名词解读|词语解释)\s*[】\]］]?[:：]?$/.test(t) ? 'GLOSSARY' : null,
  },
  {
    name: 'notes-heading',
    apply: (t) => (/^[【[［]?\s*(?:注释|注解|附注|注)\s*[】\]］]?[:：]?$/.test(t) ? 'NOTES' : null),
  },
  // [1]“三深化三提升”活动：…; ①…; 注1：…
  {
    name: 'footnote',
    apply: (t) => (/^(?:[[［]\d{1,2}[\]］]|[①②③④⑤⑥⑦⑧⑨⑩]|注\s*\d{1,2}\s*[:：])/.test(t) ? 'NOTES' : null),
  },
];

/** A greeting that opens the speech. */
export const GREETING = /^(?:各位代表|现在[，,]\s*我代表)/;
/** The opening of a closing call: the last paragraph addressed to the deputies. */
export const CLOSING_CALL = /^各位代表/;
/** A closing call without the address. */
const CLOSING_WORDS = /让我们/;

export interface BodyBounds {
  /** Index of the body's first line and of the first line after it. */
  startLine: number;
  endLine: number;
  /** Where the body's last line ends (before a site's mark after the closing call's last sentence). */
  endOffset: number;
  /** Index of the closing call's line, or -1 when none was found. */
  closingLine: number;
  nonBody: NonBodySpan[];
}

function spanOf(lines: readonly Line[], from: number, to: number, kind: NonBodyKind, rule: string): NonBodySpan {
  return { kind, rule, start: lines[from].start, end: lines[to - 1].end };
}

/**
 * The body's first line. When a page's own header comes first, the body starts at the
 * header lines right before the greeting (or the first heading); otherwise at the first line.
 */
function findStart(lines: readonly Line[], firstHeading: number): { start: number; nonBody: NonBodySpan[] } {
  const limit = firstHeading >= 0 ? firstHeading : lines.length;
  let pageHeaderEnd = -1;
  let excerptAt = -1;
  for (let i = 0; i < limit; i += 1) {
    const kind = firstMatch(PAGE_HEADER_RULES, lines[i].text);
    if (kind) {
      pageHeaderEnd = i;
      if (kind.value === 'EXCERPT' && excerptAt < 0) excerptAt = i;
    }
  }
  if (pageHeaderEnd < 0) return { start: 0, nonBody: [] };
  let anchor = lines.findIndex((l, i) => i > pageHeaderEnd && i < limit && GREETING.test(l.text));
  if (anchor < 0) anchor = firstHeading >= 0 ? firstHeading : pageHeaderEnd + 1;
  // The line after 内容摘要 is the excerpt, however much it looks like a header.
  const floor = Math.max(pageHeaderEnd, excerptAt >= 0 ? excerptAt + 1 : -1);
  let start = Math.max(anchor, floor + 1);
  while (start - 1 > floor && firstMatch(HEADER_LINE_RULES, lines[start - 1].text)) start -= 1;
  const nonBody: NonBodySpan[] = [];
  if (start === 0) return { start, nonBody };
  if (excerptAt >= 0) {
    if (excerptAt > 0) nonBody.push(spanOf(lines, 0, excerptAt, 'PAGE', 'page-header'));
    nonBody.push(spanOf(lines, excerptAt, start, 'EXCERPT', 'excerpt'));
  } else {
    nonBody.push(spanOf(lines, 0, start, 'PAGE', 'page-header'));
  }
  return { start, nonBody };
}

/** The closing call: the last 各位代表 paragraph after the outline began, else the last 让我们 paragraph. */
function findClosing(lines: readonly Line[], from: number, to: number): number {
  for (let i = to - 1; i >= from; i -= 1) if (CLOSING_CALL.test(lines[i].text)) return i;
  for (let i = to - 1; i >= from; i -= 1) if (CLOSING_WORDS.test(lines[i].text)) return i;
  return -1;
}

/** A short tail after the closing call's last sentence, set off by spaces (…努力奋斗！  百度搜索…): a site's mark. */
const MAX_CLOSING_TAIL = 30;

/** Where a closing call's last sentence ends when a short tail without a full stop follows it; else 0. */
export function closingTail(text: string): number {
  const m = /[。！!？?]["”’]?(\s+)([^。！!？?]{1,40})$/.exec(text);
  if (!m || m[2].trim().length > MAX_CLOSING_TAIL) return 0;
  return m.index + m[0].length - m[1].length - m[2].length;
}

/**
 * The body of the report among its lines. `isHeading` says whether a line is a top-level
 * heading (the closing call is looked for after the first one).
 */
export function findBody(lines: readonly Line[], isHeading: (line: Line) => boolean): BodyBounds {
  const firstHeading = lines.findIndex(isHeading);
  const { start, nonBody } = findStart(lines, firstHeading);
  // The page's navigation ends the text wherever it starts (after the first heading).
  const searchFrom = Math.max(start, firstHeading);
  let pageAt = lines.findIndex((l, i) => i > searchFrom && NAVIGATION_MARKERS.test(l.text));
  if (pageAt < 0) pageAt = lines.length;
  const closing = findClosing(lines, searchFrom, pageAt);
  let end = pageAt;
  if (closing >= 0) {
    // After the closing call, the first recognised trailer line ends the body.
    const trailerAt = lines.findIndex((l, i) => i > closing && i < pageAt && firstMatch(TRAILER_RULES, l.text));
    if (trailerAt >= 0) end = trailerAt;
  }
  // The trailer: a glossary or notes up to the page's navigation, then the navigation.
  if (end < pageAt) {
    const first = firstMatch(TRAILER_RULES, lines[end].text);
    nonBody.push(spanOf(lines, end, pageAt, first?.value ?? 'NOTES', first?.rule ?? 'notes'));
  }
  if (pageAt < lines.length) nonBody.push(spanOf(lines, pageAt, lines.length, 'PAGE', 'navigation'));
  let endOffset = lines[end - 1]?.end ?? 0;
  if (closing >= 0 && closing === end - 1) {
    const tail = closingTail(lines[closing].text);
    if (tail > 0) {
      endOffset = lines[closing].start + tail;
      const markStart = lines[closing].start + lines[closing].text.slice(tail).search(/\S/) + tail;
      nonBody.push({ kind: 'PAGE', rule: 'closing-tail', start: markStart, end: lines[closing].end });
    }
  }
  nonBody.sort((a, b) => a.start - b.start);
  return { startLine: start, endLine: end, endOffset, closingLine: closing, nonBody };
}
