/**
 * "can i download the istiocon 2021 presentations", "presentation files", "downloadable", "as pdf", "演讲下载": a talk that is downloaded, or
 * asked for as a file, is its deck. "presentations" alone asks for the talks ("presentations at istio day london").
 */
const FILE_OF_TALK = /\b(?:download(?:s|ed|ing|able)?|files?|pdfs?)\b[\s\S]*\bpresentations?\b|\bpresentations?\b[\s\S]*\b(?:download(?:s|ed|ing|able)?|files?|pdfs?)\b|(?:演讲|分享|议题)[\s\S]*下载|下载[\s\S]*(?:演讲|分享|议题)/iu;

/** Whether a question asking for talks asks for them as files to download: their slides. */
export function decksAsked(text: string): boolean {
  return FILE_OF_TALK.test(text);
}
