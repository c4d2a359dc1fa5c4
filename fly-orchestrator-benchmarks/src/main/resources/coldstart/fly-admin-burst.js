// The cold-start contestant: fly-admin 1.6.1 on node, in a fresh process. Creates N machines at once and waits for
// each with one wait call (fly-admin has no wait loop), then prints one COLD_RESULT line.
// Arguments: baseUrl token app n
const Client = require('fly-admin/dist/client').default;

async function main() {
  const [baseUrl, token, app, n] = process.argv.slice(2);
  const client = new Client(token, { apiUrl: baseUrl });
  const image = 'registry-1.docker.io/library/nginx:alpine';
  let ok = 0;
  let failed = 0;
  const start = performance.now();
  await Promise.all(Array.from({ length: Number(n) }, async () => {
    try {
      const machine = await client.Machine.createMachine({ app_name: app, config: { image } });
      await client.Machine.waitMachine({
        app_name: app, machine_id: machine.id, instance_id: machine.instance_id, state: 'started', timeout: '60s',
      });
      ok++;
    } catch (e) {
      failed++;
    }
  }));
  const end = performance.now();
  console.log(`COLD_RESULT burstMs=${Math.round(end - start)} sinceStartMs=${Math.round(end)} `
    + `clientReadyMs=${Math.round(start)} succeeded=${ok} failed=${failed}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
