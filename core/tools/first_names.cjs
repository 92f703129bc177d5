// Writes core/data/first_names.txt, the given names the quote step reads a person's gender from (to
// resolve "he" and "she"), derived from the lexicon of the npm package compromise (MIT): one
// `name<TAB>f|m` a line, lower case, sorted; names listed as both are left out.
//
// usage: node core/tools/first_names.cjs > core/data/first_names.txt
'use strict';
const nlp = require('compromise');

const lexicon = nlp.model().one.lexicon;
const genders = new Map();
for (const [word, tags] of Object.entries(lexicon)) {
  const list = [].concat(tags);
  const female = list.includes('FemaleName'), male = list.includes('MaleName');
  if (female === male || !/^[a-z][a-z'-]*$/.test(word)) continue;
  genders.set(word, female ? 'f' : 'm');
}
const lines = [...genders.keys()].sort().map((name) => `${name}\t${genders.get(name)}`);
process.stdout.write(lines.join('\n') + '\n');
