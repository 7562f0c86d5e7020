// Every mailbox through the official JavaScript SDK, one REST 3.0 call per page, as its
// documentation shows for a list: the SDK's own client-side rate limiter paces the calls.
//   node list-sdk-per-page.mjs '<the portal's JSON start line>'   (prints: rows N)
import { B24Hook } from '@bitrix24/b24jssdk'

const info = JSON.parse(process.argv[2])
// The SDK takes the v1 form of a webhook URL and adds /api/ itself for v3 calls.
const b24 = B24Hook.fromWebhookUrl(info.webhook_url.replace('/rest/api/', '/rest/'))
const limit = 100

let rows = 0
for (let page = 1; ; ++page) {
  const r = await b24.actions.v3.call.make({
    method: 'mail.mailbox.list',
    params: { pagination: { page, limit } },
  })
  if (!r.isSuccess) throw new Error(`page ${page}: ${r.getErrorMessages().join('; ')}`)
  const items = r.getData().result.items
  rows += items.length
  if (items.length < limit) break
}
console.log(`rows ${rows}`)
