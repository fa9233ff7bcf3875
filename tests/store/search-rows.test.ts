import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { binary } from '../../src/store/search-rows.js';

describe('binary(): SQLite’s BINARY collation in JavaScript', () => {
  it('orders as SQLite’s ORDER BY does, code units where they agree and code points past U+FFFF', () => {
    // fact ids, CJK, private-use and full-width forms (U+E000 and up) against characters past
    // U+FFFF (surrogate pairs in JavaScript, 4 bytes in UTF-8), and strings that begin others
    const values = ['f10', 'f2', 'f1', 'f1a', '', '预算', '预算收入', '\ue000', '｛', '\uffff', '𠀀', '𠀀a', '𠀁', 'a𠀀', 'a\ue000', 'a', 'A', '表1', '表𠀀', 'é', 'e\u0301'];
    const db = new Database(':memory:');
    db.exec('CREATE TABLE t (v TEXT)');
    const insert = db.prepare('INSERT INTO t VALUES (?)');
    for (const v of values) insert.run(v);
    const bySqlite = (db.prepare('SELECT v FROM t ORDER BY v').all() as { v: string }[]).map((r) => r.v);
    db.close();
    expect([...values].sort(binary)).toEqual(bySqlite);
    expect(binary('𠀀', '\uffff')).toBeGreaterThan(0); // UTF-16 code units alone would say less
    expect(binary('f1', 'f1')).toBe(0);
  });
});
