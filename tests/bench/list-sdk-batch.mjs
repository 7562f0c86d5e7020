// Every mailbox through the official JavaScript SDK's REST 3.0 batch: 50 page calls per
// batch (the SDK's maximum), until a page comes back short.
//   node list-sdk-batch.mjs '<the portal's JSON start line>'   (prints: rows N)
import { B24Hook } from '@bitrix24/b24jssdk'

const info = JSON.parse(process.argv[2])
const b24 = B24Hook.fromWebhookUrl(info.webhook_url.replace('/rest/api/', '/rest/'))
const limit = 100
const perBatch = 50

let rows = 0
for (let first = 1; ; first += perBatch) {
  const calls = Array.from({ length: perBatch }, (_, i) => [
    'mail.mailbox.list',
    { pagination: { page: first + i, limit } },
  ])
  const r = await b24.actions.v3.batch.make({ calls, options: { isHaltOnError: true } })
  if (!r.isSuccess) throw new Error(`batch from page ${first}: ${r.getErrorMessages().join('; ')}`)
  let last = false
  // Without returnAjaxResult the SDK hands back each command's result payload.
  for (const page of r.getData()) {
    const items = page.items
    rows += items.length
    if (items.length < limit) last = true
  }
  if (last) break
}
console.log(`rows ${rows}`)
