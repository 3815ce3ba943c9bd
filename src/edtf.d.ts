// The edtf package ships no types; we only call its default parser and read
// the few fields parseEventDate narrows by hand.
declare module 'edtf' {
  export default function edtf(text: string): unknown;
}
