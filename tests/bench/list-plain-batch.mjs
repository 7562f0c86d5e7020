// The plain way to read every mailbox: bare-array REST 3.0 batches of 50 page calls, posted
// with Node's own fetch, no SDK. The yardstick of bench_clients; deliberately small.
//   node list-plain-batch.mjs '<the portal's JSON start line>'   (prints: rows N)
const info = JSON.parse(process.argv[2])
const limit = 100 // the largest page the portal serves
const perBatch = 50 // the most commands in one v3 batch

let rows = 0
for (let first = 1; ; first += perBatch) {
  const commands = Array.from({ length: perBatch }, (_, i) => ({
    method: 'mail.mailbox.list',
    query: { pagination: { page: first + i, limit } },
  }))
  const response = await fetch(new URL('batch', info.webhook_url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(commands),
  })
  if (!response.ok) throw new Error(`batch from page ${first}: HTTP ${response.status}`)
  const pages = (await response.json()).result
  if (!Array.isArray(pages)) throw new Error(`batch from page ${first}: no result array`)
  let last = false
  for (const page of pages) {
    rows += page.items.length
    if (page.items.length < limit) last = true
  }
  if (last) break
}
console.log(`rows ${rows}`)
