/**
 * "which country hosted the 2024 istio day in europe", "2024 欧洲站在哪个国家": the country an event was held in is asked of its
 * place, which then names the country beside the city ("Paris, France", "法国巴黎").
 */
const COUNTRY_ASKED = /\b(?:which|what)\s+countr(?:y|ies)\b|\bcountry\s*\??\s*$|哪个国家|哪一个国家|哪国|什么国家/iu;

export function asksCountry(text: string): boolean {
  return COUNTRY_ASKED.test(text);
}

/**
 * "which state was the salt lake city one in", "亚特兰大在哪个州": the state of a US city, which the posts name beside it
 * ("Salt Lake City, Utah", "佐治亚州亚特兰大"), is asked of the event's place.
 */
const STATE_ASKED = /\b(?:which|what)\s+(?:us\s+|u\.s\.\s+)?states?\b|哪个州|哪一个州|什么州|哪州/iu;

export function asksState(text: string): boolean {
  return STATE_ASKED.test(text);
}
