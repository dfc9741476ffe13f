package org.o2cbridge.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;

/** The sign-in page's "Sign in with …" link and the message of a refused OpenID sign-in. */
@Named
@RequestScoped
public class OidcSignIn {

    @Inject
    OidcClient client;

    public boolean isEnabled() {
        return client.isEnabled();
    }

    public String getProviderName() {
        return client.getProviderName();
    }

    /** Shows, once, the message a refused callback left in the session. */
    public void showMessage() {
        FacesContext faces = FacesContext.getCurrentInstance();
        HttpSession session = (HttpSession) faces.getExternalContext().getSession(false);
        Object message = session == null ? null : session.getAttribute(OidcSignInServlet.MESSAGE);
        if (message != null) {
            session.removeAttribute(OidcSignInServlet.MESSAGE);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message.toString(), null));
        }
    }
}
