// Hands-free false alarms and privacy: three minutes of room tone.
import { catcherPort, longListeningTest, withMicrophone } from './hands-free-helpers';
import { test } from './fixtures';

const port = catcherPort(12);
test.use(withMicrophone('silence-3min', [`--host-resolver-rules=MAP * 127.0.0.1:${port}, EXCLUDE localhost`]));

test.describe('three minutes of quiet', () => longListeningTest('silence-3min', port));
