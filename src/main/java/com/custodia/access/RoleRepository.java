package com.custodia.access;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface RoleRepository extends JpaRepository<Role, Long> {

	Optional<Role> findByCode(String code);

	boolean existsByCode(String code);

	@EntityGraph(attributePaths = "permissions")
	List<Role> findAllByOrderByRetiredAscIdAsc();

	List<Role> findByRetiredFalseOrderById();

}
