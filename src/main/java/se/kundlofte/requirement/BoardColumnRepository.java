package se.kundlofte.requirement;

import org.springframework.data.jpa.repository.JpaRepository;

interface BoardColumnRepository extends JpaRepository<BoardColumnLimit, Stage> {}
