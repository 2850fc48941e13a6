#!/usr/bin/env node
// Sample client of the department push API, version 1 (docs/integration.md, 部门报送). Plain Node 20, no dependencies:
// copy it into a department's system and adapt. It signs in with an API token, pushes a JSON batch and prints the
// receipt; with --receipt it fetches an earlier receipt again.
//
//   XINPING_URL=http://127.0.0.1:3000 XINPING_TOKEN=xpt_… node push-client.mjs rows.json
//   XINPING_URL=… XINPING_TOKEN=… node push-client.mjs --receipt 12
//
// rows.json: [{ "idempotencyKey": "…", "kind": "administrative_penalty", "record": { "行政相对人名称": "…", … } }, …]
// Exit status: 0 every row accepted (or already accepted before), 2 some row refused, 1 the request failed.
import fs from 'node:fs';

const baseUrl = (process.env.XINPING_URL ?? 'http://127.0.0.1:3000').replace(/\/+$/, '');
const token = process.env.XINPING_TOKEN;
if (!token) {
  console.error('请设置环境变量 XINPING_TOKEN（平台“API 令牌”页面创建的部门令牌）');
  process.exit(1);
}

async function call(method, path, body) {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body ? { 'content-type': 'application/json; charset=utf-8' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const answer = await response.json().catch(() => ({}));
  if (!response.ok) {
    console.error(`请求失败（HTTP ${response.status}）：${answer.error?.message ?? response.statusText}`);
    process.exit(1);
  }
  return answer;
}

function printReceipt(receipt) {
  console.log(
    `回执 ${receipt.receiptId}（${receipt.receivedAt}）：共 ${receipt.totalRows} 条，接收 ${receipt.accepted} 条，` +
      `此前已接收 ${receipt.duplicates} 条，未接收 ${receipt.refused} 条`,
  );
  for (const row of receipt.rows) {
    const where = `第${row.row}行 ${row.idempotencyKey}`;
    if (row.status === 'refused') console.log(`  ✗ ${where} 字段 ${row.field}：${row.reason}`);
    else
      console.log(
        `  ✓ ${where} 记录 ${row.recordId} 第 ${row.recordVersion} 版（${row.outcomeLabel ?? row.statusLabel}）`,
      );
  }
  console.log(JSON.stringify(receipt));
  return receipt.refused > 0 ? 2 : 0;
}

// Signing in with the token: the platform says which account and department the token acts for.
const me = await call('GET', '/api/auth/me');
if (!me.departmentCode) {
  console.error(`令牌所属账号 ${me.username} 不是部门账号，不能报送记录`);
  process.exit(1);
}
const department = encodeURIComponent(me.departmentCode);

const [first, second] = process.argv.slice(2);
if (first === '--receipt') {
  process.exitCode = printReceipt(
    await call('GET', `/api/v1/departments/${department}/receipts/${encodeURIComponent(second ?? '')}`),
  );
} else if (first) {
  const parsed = JSON.parse(fs.readFileSync(first, 'utf8'));
  const rows = Array.isArray(parsed) ? parsed : parsed.rows;
  process.exitCode = printReceipt(await call('POST', `/api/v1/departments/${department}/records`, { rows }));
} else {
  console.error('用法：node push-client.mjs <rows.json> | --receipt <回执编号>');
  process.exit(1);
}
