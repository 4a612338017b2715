package org.charter.workflow.engine.adapter;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.db.DbReadOnlyIdentityServiceProvider;
import org.camunda.bpm.engine.impl.persistence.GenericManagerFactory;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * Production: people come from Keycloak, so the engine's identity is read-only, and Camunda's
 * webapps neither offer to manage users nor send everybody to their "create the first admin" page
 * (which they do while no engine user is in {@code camunda-admin} and the identity is writable).
 * <p>
 * The webapps still accept a signed-in person only if the engine has a user of that id (else a
 * NullPointerException, camunda-bpm-platform#3689), so the first sign-in of a person with a webapp
 * records a profile of them (name and e-mail from the token, no password, no group: the groups come
 * from the token at every sign-in) straight into the engine's user table.
 */
final class ProfilesOfSignedInPeople extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(new GenericManagerFactory(DbReadOnlyIdentityServiceProvider.class));
    }

    /** Records the profile unless the engine knows the person already. */
    static void know(ProcessEngine engine, String id, String firstName, String lastName, String email) {
        if (engine.getIdentityService().createUserQuery().userId(id).count() > 0) {
            return;
        }
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        try {
            insert(configuration, id, firstName, lastName, email);
        } catch (ProcessEngineException recordedBySideBySideSignIn) {
            if (engine.getIdentityService().createUserQuery().userId(id).count() == 0) {
                throw recordedBySideBySideSignIn;
            }
        }
    }

    private static void insert(ProcessEngineConfigurationImpl configuration, String id, String firstName, String lastName,
                               String email) {
        configuration.getCommandExecutorTxRequired().execute(context -> {
            if (context.getDbEntityManager().selectById(UserEntity.class, id) == null) {
                UserEntity user = new UserEntity(id);
                user.setFirstName(firstName);
                user.setLastName(lastName);
                user.setEmail(email);
                context.getDbEntityManager().insert(user);
            }
            return null;
        });
    }
}
