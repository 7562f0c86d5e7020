// The official Bitrix24 JavaScript SDK against b24-fake-portal: if the SDK cannot tell our
// portal from a real one for the five mail methods, the portal is faithful enough to
// benchmark against. Usage: node jssdk-check.mjs '<the portal's JSON start line>'
import assert from 'node:assert/strict'
import { B24Hook } from '@bitrix24/b24jssdk'

const info = JSON.parse(process.argv[2])
// The SDK takes the v1 form of a webhook URL and adds /api/ itself for v3 calls.
const b24 = B24Hook.fromWebhookUrl(info.webhook_url.replace('/rest/api/', '/rest/'))
const call = (method, params = {}) => b24.actions.v3.call.make({ method, params })

const all = []
for (let page = 1; ; ++page) {
  const r = await call('mail.mailbox.list', { pagination: { page, limit: 50 } })
  assert.ok(r.isSuccess, `list page ${page}`)
  const items = r.getData().result.items
  all.push(...items)
  if (items.length < 50) break
}
assert.equal(all.length, Number(process.argv[3]), 'every mailbox of user 1')
assert.equal(new Set(all.map((m) => m.id)).size, all.length, 'ids are unique')

const first = all[0]
const got = await call('mail.mailbox.get', { id: first.id, select: ['id', 'email'] })
assert.ok(got.isSuccess)
assert.deepEqual(got.getData().result.item, { id: first.id, email: first.email })

const senders = await call('mail.mailbox.senders', { pagination: { limit: 100 } })
assert.ok(senders.isSuccess)
assert.ok(senders.getData().result.items.every((s) => s.sender === `${s.name} <${s.email}>`))

const fields = await call('mail.mailbox.field.list')
assert.ok(fields.isSuccess)
assert.deepEqual(fields.getData().result.items.map((f) => f.name), ['id', 'name', 'email', 'senderName'])

const field = await call('mail.mailbox.field.get', { name: 'senderName', select: ['name', 'type'] })
assert.deepEqual(field.getData().result.item, { name: 'senderName', type: 'string' })

const missing = await call('mail.mailbox.get', { id: 987654 })
assert.equal(missing.isSuccess, false)
const error = [...missing.getErrors()][0]
assert.match(String(error.code ?? error.answerError?.error ?? error), /ENTITYNOTFOUND/i)

// The SDK's v3 batch: 2.2.0 sends {"0":{…},…,"13":{…}} on a webhook (§7 of the wire
// reference); 14 pages of 10 come back in the order asked, "10" after "9", not after "1".
const calls = Array.from({ length: 14 }, (_, i) => [
  'mail.mailbox.list',
  { pagination: { page: i + 1, limit: 10 } },
])
const batch = await b24.actions.v3.batch.make({ calls, options: { isHaltOnError: true } })
assert.ok(batch.isSuccess, `batch: ${batch.isSuccess ? '' : batch.getErrorMessages().join('; ')}`)
assert.deepEqual(batch.getData().flatMap((page) => page.items).map((m) => m.id), all.map((m) => m.id))

console.log(`jssdk-check: ${all.length} mailboxes, ${senders.getData().result.items.length} senders, a batch of ${calls.length} pages, all checks passed`)
