package org.o2cbridge.console;

import jakarta.annotation.Priority;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import java.io.Serializable;

/**
 * Checks the role on the server before every {@link OperatorAction}: a viewer gets 403 and the
 * action does not run, whatever the page showed.
 */
@OperatorAction
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class OperatorActionInterceptor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsoleUser user;

    @AroundInvoke
    public Object checkRole(InvocationContext invocation) throws Exception {
        if (user.isOperator()) {
            return invocation.proceed();
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(403, "This action needs the o2c-operator role.");
        faces.responseComplete();
        return null;
    }
}
