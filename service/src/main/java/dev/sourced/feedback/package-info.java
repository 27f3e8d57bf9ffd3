/**
 * What people said of answers they got (a thumbs up or down on a Slack reply), kept durably for the evaluation to
 * learn from, for as long as the retention setting allows. Depends on nothing else of ours: a surface turns a click
 * into a {@link dev.sourced.feedback.Feedback}, the store keeps it.
 */
package dev.sourced.feedback;
