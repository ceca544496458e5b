// The lint gate run by test/lint.test.ts (npm test): typescript-eslint's recommended rules and lines of at
// most 160 characters. A line may run longer only for one string: error texts stay whole so they can be
// found with grep. Unused exports are checked by scripts/check/unused-exports.ts in the same test.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'docs/', 'node_modules/', 'src/**/generated/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      'max-len': ['error', { code: 160, ignoreUrls: true, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  // Tests read JSON answers and poke at loosely shaped objects.
  { files: ['test/**'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
  { files: ['**/*.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
);
