package com.custodia.access;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TeamRepository extends JpaRepository<Team, Long> {

	Optional<Team> findByCode(String code);

	boolean existsByCode(String code);

	List<Team> findAllByOrderByCode();

	List<Team> findByActiveTrueOrderByCode();

	/** Teams other than {@code exceptId} that already use either name (case-insensitive). */
	@Query("select count(t) from Team t where t.id <> :exceptId and (lower(t.nameEn) = lower(:nameEn) or t.nameZh = :nameZh)")
	long countWithName(@org.springframework.data.repository.query.Param("nameEn") String nameEn,
			@org.springframework.data.repository.query.Param("nameZh") String nameZh,
			@org.springframework.data.repository.query.Param("exceptId") Long exceptId);

	/** Each team with its number of users, in one query. */
	@Query("select t, count(u) from Team t left join UserAccount u on u.team = t group by t order by t.code")
	List<Object[]> findAllWithMemberCounts();

}
