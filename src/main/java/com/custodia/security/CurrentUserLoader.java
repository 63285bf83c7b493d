package com.custodia.security;

import java.util.Optional;

/**
 * Loads a user as they are now. Implemented by the access module, which owns users and roles; empty when the
 * user no longer exists or is disabled.
 */
public interface CurrentUserLoader {

	Optional<CurrentUser> loadActive(String username);

}
