/** Joins folded iCalendar lines back into one line each (a CRLF followed by one space or tab goes), as a calendar reads them. */
export const unfoldContentLines = (text: string): string => text.replace(/\r\n[ \t]/g, '');
