// Builds the run's demo district (start-demo-platform.ts) into XINPING_TEST_CACHE_DIR before the browser tests need
// it: scripts/test.sh runs this in the background while the checks and the web build keep only one core busy, so the
// first browser file copies the district instead of generating it while the other core waits.
//   XINPING_TEST_CACHE_DIR=DIR node --import tsx test/e2e/support/prepare-demo-district.ts
import { testCacheDir } from '../../support/stores.ts';
import { demoSnapshot } from './start-demo-platform.ts';

const cacheDir = testCacheDir();
if (!cacheDir) throw new Error('XINPING_TEST_CACHE_DIR is not set: the district is built for a run of scripts/test.sh');
const started = performance.now();
const { demo } = await demoSnapshot(cacheDir, {});
process.stdout.write(
  `demo district of ${demo.enterprises} enterprises ready in ${Math.round((performance.now() - started) / 1000)} s\n`,
);
