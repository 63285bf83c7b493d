package com.custodia.clients;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ClientRepository extends JpaRepository<Client, Long>, JpaSpecificationExecutor<Client> {

}
