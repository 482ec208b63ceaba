/**
 * HTML that escapes by construction: every value interpolated into `html\`…\`` is escaped unless it
 * is itself the output of `html` (or a list of such), so text from posts and questions can only
 * ever land as text. There is no other way to make `SafeHtml`, hence no raw-string escape hatch.
 */
export class SafeHtml {
  readonly #value: string;

  /** Only `html` and `join` below create one; the brand keeps plain objects from passing as one. */
  private constructor(value: string) {
    this.#value = value;
  }

  static of(value: string): SafeHtml {
    return new SafeHtml(value);
  }

  toString(): string {
    return this.#value;
  }
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

/** Text safe inside an element or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (char) => ENTITIES[char] ?? char);
}

type Value = SafeHtml | string | number | boolean | null | undefined | readonly Value[];

function render(value: Value): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.toString();
  if (Array.isArray(value)) return (value as readonly Value[]).map(render).join('');
  return escapeHtml(String(value));
}

/** The template tag: literal parts are trusted markup, every `${value}` is escaped (null, undefined and false draw nothing). */
export function html(strings: TemplateStringsArray, ...values: Value[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, index) => {
    out += render(value) + (strings[index + 1] ?? '');
  });
  return SafeHtml.of(out);
}

/**
 * A URL safe to put in `href`: only absolute http(s) URLs and the site's own relative paths pass;
 * anything else (`javascript:`, `data:`, `//other.host`) becomes `#`. Escaping happens in `html`.
 */
export function safeHref(url: string): string {
  if (/^https?:\/\/[^\s]/i.test(url)) return url;
  if (/^(?:\.{0,2}\/)?[\w.-]*(?:\?[^\s]*)?$/.test(url) && !url.startsWith('//') && !/^[\w.-]*:/.test(url)) return url;
  return '#';
}
