package dev.sourced.slack.delivery;

import com.slack.api.methods.SlackApiTextResponse;
import org.jboss.logging.Logger;

/**
 * One Slack Web API call whose failure has nobody to be told to: a refusal ({@code ok: false}) or an error is logged
 * in one line, by method and error name, never with a token or a trace.
 */
@FunctionalInterface
public interface WebApiCall {
    SlackApiTextResponse call() throws Exception;

    /** Makes the call; true when Slack accepted it. */
    static boolean ok(String method, WebApiCall call) {
        Logger log = Logger.getLogger(WebApiCall.class);
        try {
            SlackApiTextResponse response = call.call();
            if (!response.isOk()) {
                log.warnf("%s was refused: %s", method, response.getError());
            }
            return response.isOk();
        } catch (Exception e) {
            log.warnf("%s failed: %s", method, e.getClass().getSimpleName());
            return false;
        }
    }
}
