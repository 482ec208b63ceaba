/**
 * What a passage that defines `subject` says, en and zh: "Izzy, an Indo-Pacific bottlenose",
 * "Istio Day is a … co-located event", "the TOC is responsible for", "Izzy——一只…", "Istio Day 是…".
 * Asked per question (the subject is the question's), so not stored with the passages.
 */
export function definitionOf(subject: string): RegExp {
  const said = subject.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  // "是" defines only at the start of a sentence and not before a date ("下一场 Istio Day 是 2024 年…" does not).
  return new RegExp(
    `(?<![\\p{L}\\p{N}])${said}(?:[\\s\\p{L}'’-]{0,30}?\\s(?:(?:is|are|was|were)\\s+(?:a|an|the|one|responsible)|oversees|governs)\\s|\\s*(?:,|:|——|—|–)\\s*(?:a|an|the)\\s|\\s*——)` +
      `|(?:^|[。！？；，]\\s*)${said}\\s*(?:是(?!\\s*\\d)|负责)`,
    'iu',
  );
}
