package org.o2cbridge.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * The console's sign-in form and sign-out. The user name and password are checked by the same
 * Jakarta Security identity stores as the admin API's HTTP Basic (the configured users); a valid
 * sign-in gets a new session id (no session fixation) that expires after
 * {@code o2c.console.session-timeout} of inactivity (ISO-8601 duration, default 30 minutes), or the
 * user's own {@code o2c.security.user.<name>.session-timeout} ({@link SessionTimeout}).
 */
@Named
@RequestScoped
public class SignIn {

    private static final Logger LOG = Logger.getLogger(SignIn.class.getName());

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    ConsoleUser user;

    @Inject
    Config config;

    @Inject
    @ConfigProperty(name = "o2c.console.session-timeout", defaultValue = "PT30M")
    Duration sessionTimeout;

    private String username;
    private String password;

    public String signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        CredentialValidationResult result = username == null || password == null
                ? CredentialValidationResult.INVALID_RESULT
                : identityStores.validate(new UsernamePasswordCredential(username, password));
        password = null;
        if (result.getStatus() != CredentialValidationResult.Status.VALID
                || !result.getCallerGroups().contains(org.o2cbridge.platform.security.ConfiguredIdentityStore.VIEWER)) {
            LOG.info(() -> "Console sign-in refused for user '" + username + "'");
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "Wrong user name or password.", null));
            return null;
        }
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String name = result.getCallerPrincipal().getName();
        int timeout = SessionTimeout.secondsFor(config, sessionTimeout, name);
        request.changeSessionId();
        request.getSession().setMaxInactiveInterval(timeout);
        user.signIn(name, result.getCallerGroups(), timeout);
        LOG.info(() -> "Console sign-in of user '" + user.getName() + "' (" + user.getRole() + ")");
        external.redirect(external.getRequestContextPath() + "/console/index.xhtml");
        faces.responseComplete();
        return null;
    }

    public void signOut() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/console/login.xhtml");
        FacesContext.getCurrentInstance().responseComplete();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
