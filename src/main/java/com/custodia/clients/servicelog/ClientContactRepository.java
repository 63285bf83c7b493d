package com.custodia.clients.servicelog;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ClientContactRepository extends JpaRepository<ClientContact, Long> {

	Page<ClientContact> findByClientIdOrderByContactedOnDescIdDesc(long clientId, Pageable pageable);

}
