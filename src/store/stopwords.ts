/** Words that carry no meaning for retrieval, in both languages the corpus has. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  // English
  'a', 'about', 'after', 'all', 'also', 'am', 'an', 'and', 'any', 'are', 'as', 'at', 'be', 'been', 'before', 'being',
  'but', 'by', 'can', 'could', 'did', 'do', 'does', 'doing', 'for', 'from', 'had', 'has', 'have', 'having', 'he', 'her',
  'here', 'him', 'his', 'how', 'i', 'if', 'in', 'into', 'is', 'it', 'its', 'just', 'me', 'more', 'most', 'my', 'no',
  'nor', 'not', 'of', 'on', 'or', 'our', 'out', 'over', 'she', 'should', 'so', 'some', 'such', 'than', 'that', 'the',
  'their', 'them', 'then', 'there', 'these', 'they', 'this', 'those', 'through', 'to', 'too', 'under', 'up', 'very',
  'was', 'we', 'were', 'what', 'when', 'where', 'which', 'while', 'who', 'whom', 'why', 'will', 'with', 'would', 'you',
  'your', 's', 't', 'get', 'got', 'find', 'tell', 'show', 'please', 'many', 'much',
  // Chinese function words
  '的', '了', '在', '是', '和', '与', '及', '或', '吗', '呢', '吧', '啊', '哪', '哪里', '哪儿', '什么', '谁', '这', '那',
  '也', '都', '就', '被', '把', '对', '从', '到', '一个', '我们', '你', '我', '他', '她', '它', '其', '之', '以', '为',
  '于', '等', '中', '上', '下', '个', '年', '月', '日', '号', '怎么', '如何', '哪些', '有', '叫',
]);
