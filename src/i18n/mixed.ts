/**
 * Text of one language that quotes another: an English note that cites a CSV
 * cell as printed (“表 2”), a publisher's name with its Chinese original. The
 * Chinese runs are marked with their language, so screen readers switch voice
 * and browsers pick a CJK font for them (WCAG 3.1.2, language of parts).
 */
/**
 * A run starts at a Han character and goes on through Han characters and CJK punctuation (、，（）:
 * 一、, 深圳市…促进会), and through a quotation that opens and closes inside it, so a quoted title
 * (微众银行“金融科技·微洞察”) is one run and its quotes are set full-width with it; an English quote
 * around Chinese text (“表 2”) stays English.
 */
const HAN = '\\u3400-\\u9fff\\uf900-\\ufaff';
const CJK = `\\u3000-\\u303f${HAN}\\uff00-\\uffef\\u00b7`;
const HAN_RUN = new RegExp(`[${HAN}][${CJK}]*(?:[“‘][${CJK}]+[”’][${CJK}]*)*`, 'gu');

export interface LanguageRun {
  text: string;
  /** True for a run in Chinese inside text of another language. */
  chinese: boolean;
}

/** `text` cut into runs of Chinese and of the page's own language; Chinese pages are one run. */
export function languageRuns(text: string, pageIsChinese: boolean): LanguageRun[] {
  if (pageIsChinese) return [{ text, chinese: false }];
  const runs: LanguageRun[] = [];
  let at = 0;
  for (const match of text.matchAll(HAN_RUN)) {
    const start = match.index ?? 0;
    if (start > at) runs.push({ text: text.slice(at, start), chinese: false });
    runs.push({ text: match[0], chinese: true });
    at = start + match[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), chinese: false });
  return runs;
}
