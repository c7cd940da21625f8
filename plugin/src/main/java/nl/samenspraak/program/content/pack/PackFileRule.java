package nl.samenspraak.program.content.pack;

/**
 * Every {@code path} (video file, caption file, document) is a relative path that stays inside the pack's
 * folder and names a file that exists, so a teacher never meets a missing film.
 */
final class PackFileRule implements PackRule {

    @Override
    public void check(PackNode pack, PackFiles files, Findings findings) {
        for (PackNode holder : PackTree.linkHolders(pack)) {
            if (!holder.has("path")) {
                continue;
            }
            String path = holder.text("path");
            if (RelativePackPath.parse(path).isEmpty()) {
                findings.report(holder.get("path"), "The path '" + path + "' is not allowed: write it relative to the "
                        + "pack file with forward slashes, inside the pack's folder (no '..', no leading '/', "
                        + "no drive letter), for example media/film.webm.");
            } else if (files.find(path).isEmpty()) {
                findings.report(holder.get("path"), "The file '" + path + "' was not found next to the pack file.");
            }
        }
    }
}
