// `npm run test:speech`: browser tests against REAL speech synthesis (speech-dispatcher + espeak-ng on a PulseAudio
// null sink, started privately by speech-env.ts), run from tests/speech, then the stack is stopped again.
import { spawnSync } from 'node:child_process';
import { startSpeechEnv } from './speech-env';

let speech;
try {
  speech = startSpeechEnv();
} catch (e) {
  console.error(`test:speech: ${(e as Error).message}`);
  process.exit(1);
}
const result = spawnSync('npx', ['playwright', 'test', '-c', 'tests/speech/playwright.config.ts', ...process.argv.slice(2)], { env: speech.browserEnv, stdio: 'inherit' });
speech.stop();
process.exit(result.status ?? 1);
