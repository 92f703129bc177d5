// A ZIP archive of a few small files, stored without compression: one download for a format that is
// more than one file (brat's .ann and .txt), so that the browser does not ask to allow several downloads.
// The layout is PKWARE's APPNOTE: a local header and the bytes of each file, then the central directory.
'use strict';

const kCrcTable = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes) {
  let c = 0xFFFFFFFF;
  for (let i = 0; i < bytes.length; i++) c = kCrcTable[(c ^ bytes[i]) & 0xFF] ^ (c >>> 8);
  return (c ^ 0xFFFFFFFF) >>> 0;
}

// files: [{name, text}] (text a string, written as UTF-8) -> the archive's bytes.
function zipStored(files) {
  const encoder = new TextEncoder();
  const entries = files.map((f) => {
    const name = encoder.encode(f.name), data = encoder.encode(f.text);
    return { name, data, crc: crc32(data) };
  });
  const kLocal = 30, kCentral = 46, kEnd = 22;
  let size = kEnd;
  for (const e of entries) size += kLocal + kCentral + 2 * e.name.length + e.data.length;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  let at = 0;
  // The fields a local header and a central directory entry share, from "version needed" on.
  const common = (e) => {
    view.setUint16(at, 20, true);          // version needed: 2.0
    view.setUint16(at + 2, 0x0800, true);  // flags: names are UTF-8
    view.setUint16(at + 4, 0, true);       // method: stored
    view.setUint32(at + 6, 0x00210000, true);  // modified: 1980-01-01 00:00, DOS form
    view.setUint32(at + 10, e.crc, true);
    view.setUint32(at + 14, e.data.length, true);  // compressed size
    view.setUint32(at + 18, e.data.length, true);  // size
    view.setUint16(at + 22, e.name.length, true);
    view.setUint16(at + 24, 0, true);      // extra field length
    at += 26;
  };
  for (const e of entries) {
    e.offset = at;
    view.setUint32(at, 0x04034B50, true);
    at += 4;
    common(e);
    out.set(e.name, at);
    at += e.name.length;
    out.set(e.data, at);
    at += e.data.length;
  }
  const directory = at;
  for (const e of entries) {
    view.setUint32(at, 0x02014B50, true);
    view.setUint16(at + 4, 20, true);  // made by: 2.0
    at += 6;
    common(e);
    view.setUint16(at, 0, true);       // comment length
    view.setUint16(at + 2, 0, true);   // disk
    view.setUint16(at + 4, 0, true);   // internal attributes
    view.setUint32(at + 6, 0, true);   // external attributes
    view.setUint32(at + 10, e.offset, true);
    at += 14;
    out.set(e.name, at);
    at += e.name.length;
  }
  view.setUint32(at, 0x06054B50, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, at - directory, true);
  view.setUint32(at + 16, directory, true);
  return out;
}
