// dist/cli/safe-text.js
var UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
var UNSAFE_IN_LINE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
function escape(ch) {
  const code = ch.codePointAt(0);
  return code <= 255 ? `\\x${code.toString(16).toUpperCase().padStart(2, "0")}` : `\\u${code.toString(16).toUpperCase()}`;
}
function terminalText(text) {
  return text.replace(UNSAFE, escape);
}
function terminalLine(text) {
  return text.replace(UNSAFE_IN_LINE, escape);
}
function terminalTextKeeping(text, own) {
  const marks = own.filter((m) => m !== "");
  if (marks.length === 0) return terminalText(text);
  const pattern = new RegExp(marks.map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "g");
  let out = "";
  let at = 0;
  for (const m of text.matchAll(pattern)) {
    out += terminalText(text.slice(at, m.index)) + m[0];
    at = m.index + m[0].length;
  }
  return out + terminalText(text.slice(at));
}
function terminalJson(json) {
  return json.replace(/[\u0080-\u009f\u202a-\u202e\u2066-\u2069]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

export {
  terminalText,
  terminalLine,
  terminalTextKeeping,
  terminalJson
};
