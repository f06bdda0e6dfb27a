// Atlaskit's compiled components import their .compiled.css files; jsdom needs no styles.
module.exports = {};
