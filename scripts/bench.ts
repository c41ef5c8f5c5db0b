// `npm run bench`: every benchmark of the project, each printed as a table against its target.
import { benchParse } from './bench/parse';

benchParse();
