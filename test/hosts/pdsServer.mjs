// The reference Bluesky PDS (@atproto/pds) with an in-memory PLC directory (@did-plc/server), on loopback.
// Run by test/hosts/pds.mjs with Node 24, loading both from their install folder; prints {"url": …} once it serves.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [installFolder, plcPort, pdsPort] = [process.argv[2], Number(process.argv[3]), Number(process.argv[4])];
const fromInstall = createRequire(join(installFolder, 'package.json'));
const load = async (name) => import(pathToFileURL(fromInstall.resolve(name)).href);
const plc = await load('@did-plc/server');
const pds = await load('@atproto/pds');
const { Secp256k1Keypair } = await load('@atproto/crypto');
const data = mkdtempSync(join(tmpdir(), 'threadwright-pds-'));

const plcServer = plc.PlcServer.create({ db: plc.Database.mock(), port: plcPort });
await plcServer.start();

const rotationKey = await Secp256k1Keypair.create({ exportable: true });
const env = {
  port: pdsPort,
  hostname: 'localhost',
  devMode: true,
  dataDirectory: data,
  blobstoreDiskLocation: join(data, 'blobs'),
  didPlcUrl: `http://127.0.0.1:${plcPort}`,
  serviceHandleDomains: ['.test'],
  inviteRequired: false,
  rateLimitsEnabled: false,
  disableSsrfProtection: true,
  jwtSecret: 'threadwright-test-jwt-secret',
  adminPassword: 'threadwright-test-admin',
  plcRotationKeyK256PrivateKeyHex: Buffer.from(await rotationKey.export()).toString('hex'),
  crawlers: [],
};
const server = await pds.PDS.create(pds.envToCfg(env), pds.envToSecrets(env));
await server.start();
process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${pdsPort}` })}\n`);

async function stop() {
  await server.destroy().catch(() => {});
  await plcServer.destroy().catch(() => {});
  rmSync(data, { recursive: true, force: true });
  process.exit(0);
}
process.on('SIGTERM', stop);
process.stdin.on('end', stop);
process.stdin.resume();
