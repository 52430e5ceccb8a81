package dev.newsdrop.model;

/** The article's main picture: its absolute URL and, when the page gives one, its caption. */
public record LeadImage(String url, String caption) {
}
