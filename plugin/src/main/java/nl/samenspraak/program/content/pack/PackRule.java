package nl.samenspraak.program.content.pack;

/**
 * A rule of the format that the JSON Schema cannot express. Rules only see packs that passed the schema,
 * so they may rely on the shape of the tree.
 */
interface PackRule {

    void check(PackNode pack, PackFiles files, Findings findings);
}
