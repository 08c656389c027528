/**
 * User text as iCalendar TEXT: line breaks as `\n` (the library writes those
 * for LF only, a lone CR would end the line) and no other control characters,
 * which the format does not allow.
 */
export function calendarText(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it removes
  return text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}
