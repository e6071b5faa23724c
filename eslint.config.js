// House rules as lint rules: the layer boundaries of DESIGN.md, the one browser seam, no HTML from strings.
import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

const layers = ['core', 'page', 'background', 'store', 'popup', 'library', 'options', 'shared', 'cli'];

/** Which layers each layer may import from (DESIGN.md, "Layers"). */
const allowed = {
  core: [],
  page: ['core', 'shared'],
  background: ['core', 'store', 'shared'],
  store: ['core'],
  popup: ['core', 'shared'],
  library: ['core', 'shared'],
  options: ['core', 'shared'],
  shared: ['core'],
  cli: ['core'],
};

const zones = layers.flatMap((target) =>
  layers
    .filter((from) => from !== target && !allowed[target].includes(from))
    .map((from) => ({
      target: `./src/${target}`,
      from: `./src/${from}`,
      message: `src/${target} may import only from ${[...allowed[target], 'its own folder'].join(', ')} (DESIGN.md, "Layers"). Move shared logic into src/core or pass it through a message.`,
    })),
);

// The page script ships to every annotated page and must stay small: no NLP in it, only types and
// the pure helpers that need no compromise.
zones.push({
  target: './src/page',
  from: './src/core',
  // the page's date is read where the page is: a few regular expressions, no NLP
  except: ['./types.ts', './selectors.ts', './events/page-date.ts'],
  message: 'The page script must stay small: import only core types and selectors; extraction runs in the background.',
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
    },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // readable at a glance: Prettier wraps code at 120 columns; these catch what it cannot wrap
      'max-len': [
        'error',
        { code: 120, ignoreUrls: true, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true },
      ],
      'no-nested-ternary': 'error',
      'no-shadow': 'off',
      '@typescript-eslint/no-shadow': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'webextension-polyfill',
              message: 'Every browser call goes through src/shared/browser.ts, the one seam tests replace.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]',
          message: 'No HTML from strings: build nodes with JSX or DOM calls; page text must never reach innerHTML.',
        },
        {
          // document.write, not every write(): process.stdout.write in the CLI is no HTML
          selector:
            "CallExpression[callee.property.name='insertAdjacentHTML'], CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]",
          message: 'No HTML from strings: build nodes with JSX or DOM calls.',
        },
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'No HTML from strings: render text as JSX children.',
        },
      ],
    },
  },
  {
    files: ['src/shared/browser.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/page/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'compromise',
              message:
                'No NLP in the page script: it ships to every annotated page. Extraction runs in the background.',
            },
            {
              name: 'webextension-polyfill',
              message: 'Every browser call goes through src/shared/browser.ts, the one seam tests replace.',
            },
          ],
        },
      ],
    },
  },
  {
    // Node-only code in the core would break the extension: the core gets no Node or browser globals.
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    languageOptions: { globals: { ...globals.es2023 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'os', 'child_process'],
              message: 'src/core is pure: text in, findings out. Read files in src/cli.',
            },
            {
              group: ['webextension-polyfill', 'dexie'],
              message: 'src/core is pure: no browser API and no IndexedDB.',
            },
          ],
        },
      ],
    },
  },
  {
    // a view's unit test may stand the real store in for the background, as the background does
    files: ['src/**/*.test.{ts,tsx}'],
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: zones.filter((zone) => zone.from !== './src/store') }],
    },
  },
);
