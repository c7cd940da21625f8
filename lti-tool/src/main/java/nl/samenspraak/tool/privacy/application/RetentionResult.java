package nl.samenspraak.tool.privacy.application;

/**
 * What a retention run erased: the personal data of {@code courses} courses (memberships, work, peer
 * coaching, audit records), and {@code users} platform users left with no course and no recent launch.
 */
public record RetentionResult(int courses, int users) {
}
