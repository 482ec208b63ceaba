/**
 * "which country hosted the 2024 istio day in europe", "2024 欧洲站在哪个国家": the country an event was held in is asked of its
 * place, which then names the country beside the city ("Paris, France", "法国巴黎").
 */
const COUNTRY_ASKED = /\b(?:which|what)\s+countr(?:y|ies)\b|\bcountry\s*\??\s*$|哪个国家|哪一个国家|哪国|什么国家/iu;

export function asksCountry(text: string): boolean {
  return COUNTRY_ASKED.test(text);
}
