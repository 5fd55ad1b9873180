import pg from 'pg';
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1 });
const sqls = process.argv.slice(2);
for (const s of sqls) {
  const t0 = performance.now();
  const r = await pool.query(s);
  const ms = performance.now() - t0;
  const rows = Array.isArray(r) ? r[r.length - 1].rows : r.rows;
  console.log(`-- ${ms.toFixed(1)} ms`);
  console.log(rows.slice(0, 80).map((x: any) => Object.values(x).join(' | ')).join('\n'));
}
await pool.end();
