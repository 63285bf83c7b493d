package com.custodia.access;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	Optional<UserAccount> findByUsername(String username);

	boolean existsByUsername(String username);

	/** The admin user list: search by username, name or email; the page's teams come in the same query. */
	@Query(value = """
			select u from UserAccount u left join fetch u.team t
			where (:search = '' or u.username like concat('%', :search, '%')
			       or lower(u.displayName) like concat('%', :search, '%')
			       or lower(u.email) like concat('%', :search, '%'))
			  and (:teamId is null or t.id = :teamId)
			  and (:status = '' or (:status = 'ENABLED' and u.enabled = true)
			       or (:status = 'DISABLED' and u.enabled = false)
			       or (:status = 'LOCKED' and u.lockedUntil > current_timestamp))
			""", countQuery = """
			select count(u) from UserAccount u left join u.team t
			where (:search = '' or u.username like concat('%', :search, '%')
			       or lower(u.displayName) like concat('%', :search, '%')
			       or lower(u.email) like concat('%', :search, '%'))
			  and (:teamId is null or t.id = :teamId)
			  and (:status = '' or (:status = 'ENABLED' and u.enabled = true)
			       or (:status = 'DISABLED' and u.enabled = false)
			       or (:status = 'LOCKED' and u.lockedUntil > current_timestamp))
			""")
	Page<UserAccount> search(@Param("search") String search, @Param("teamId") Long teamId,
			@Param("status") String status, Pageable pageable);

}
