package dev.sourced.index;

/**
 * Where an indexed article came from. A start-up sync mirrors the corpus folder and so may remove corpus articles
 * that are gone from it; articles added through the documents API are not in that folder and are never removed or
 * replaced by a sync.
 */
public enum Origin {
    CORPUS,
    API
}
